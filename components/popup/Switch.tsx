/** An on/off control: a button with role="switch", labelled by visible text, usable by keyboard. */
export interface SwitchProps {
  id: string;
  label: string;
  /** Shown under the label, and read as the switch's description. */
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ id, label, hint, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <div class="switch-row">
      <label for={id} class="switch-label">
        <span id={`${id}-label`}>{label}</span>
        {hint && (
          <span id={`${id}-hint`} class="hint">
            {hint}
          </span>
        )}
      </label>
      <button
        type="button"
        role="switch"
        id={id}
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
