export function Sidebar({ open, onClose }: { open: boolean; onClose: () => void }) {
  if (!open) return null;
  return (
    <aside class="backstory-panel" aria-label="Backstory">
      <h2>Backstory</h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
