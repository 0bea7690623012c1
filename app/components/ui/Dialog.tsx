import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The app's one modal dialog (native <dialog> opened with showModal: focus
 * stays inside, Escape closes, the page behind is inert). It opens while
 * `open` is true (by default as long as it is mounted) and gives focus back
 * to the element that opened it, whether it is closed or unmounted.
 */
export function Dialog({
  open = true,
  title,
  onClose,
  children,
  actions,
  closeButton = true,
  className,
}: {
  open?: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the foot of the dialog. */
  actions?: ReactNode;
  /** A "Close" button beside the title (forms); a question has its own buttons instead. */
  closeButton?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])')?.focus();
    }
    if (!open && dialog.open) dialog.close();
    if (!open && opener.current?.isConnected) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  // Unmounted while open (the page saved and dropped it): focus goes back to the opener.
  useEffect(
    () => () => {
      if (opener.current?.isConnected) opener.current.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`ui-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <div className="ui-dialog-head">
        <h2 id={titleId}>{title}</h2>
        {closeButton ? (
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : null}
      </div>
      <div className="ui-dialog-body">{children}</div>
      {actions ? <div className="button-row ui-dialog-actions">{actions}</div> : null}
    </dialog>
  );
}

/**
 * A question a person must answer before something happens: the confirm
 * button runs `onConfirm`, Cancel or Escape runs `onClose`.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={() => {
        if (!busy) onClose();
      }}
      closeButton={false}
      className="ui-confirm"
      actions={
        <>
          <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
            {busy ? t('common.working') : confirmLabel}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
