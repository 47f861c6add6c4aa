/** The error every bad seed file produces: it names the file and says what is wrong with it. */
export class KbInputError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'KbInputError';
    this.file = file;
  }
}

/** Raised by readKb when a KB file does not have the expected shape or version. */
export class KbFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KbFormatError';
  }
}
