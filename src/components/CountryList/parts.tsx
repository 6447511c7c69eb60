import { Fragment, memo, type ReactNode, type SyntheticEvent } from 'react';
import { ErrorState } from '../shared/ErrorState.js';
import { dataFlag, partClassName, type ClassNameProp } from '../shared/classNames.js';
import { useCountryListContext, type RenderFlag } from './context.js';
import { optionAttributes, type CountryListDataState, type CountryListOptionState } from './results.js';

type StatusState = { status: CountryListDataState };

export interface CountryListSearchProps {
  /** @selector .esim-CountryList-search */
  className?: ClassNameProp<{ query: string; disabled: boolean }>;
}

/** The label, the combobox field and a clear button while there is a query. */
export function CountryListSearch({ className }: CountryListSearchProps) {
  const list = useCountryListContext('Search');
  const { query, disabled } = list;
  return (
    <div
      className={partClassName('esim-CountryList-search', className, { query, disabled })}
      data-query={dataFlag(query !== '')}
      data-disabled={dataFlag(disabled)}
    >
      <label {...list.getLabelProps()} className="esim-CountryList-label">
        {list.label}
      </label>
      <input {...list.getInputProps()} className="esim-CountryList-input" />
      {query && (
        <button {...list.getClearButtonProps()} className="esim-CountryList-clear">
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

export interface CountryListOptionsProps {
  /** @selector .esim-CountryList-listbox */
  className?: ClassNameProp<StatusState>;
  /** Renders one row. @default (option) => <CountryList.Option option={option} /> */
  children?: (option: CountryListOptionState) => ReactNode;
}

const defaultRow = (option: CountryListOptionState) => <CountryListOption option={option} />;

/** The listbox. Only the rows in view (plus a few) are in the DOM; each option carries aria-setsize/posinset. */
export function CountryListOptions({ className, children = defaultRow }: CountryListOptionsProps) {
  const list = useCountryListContext('Options');
  const rows: ReactNode[] = [];
  for (const group of list.groups) {
    const options: ReactNode[] = [];
    for (let i = group.start; i < group.end; i++) {
      const option = list.getOption(i);
      options.push(<Fragment key={option.product.id}>{children(option)}</Fragment>);
    }
    rows.push(
      <div key={group.kind} {...list.getGroupProps(group)} className="esim-CountryList-group">
        {group.heading && (
          // The group is named by aria-label; this is its visual twin.
          <div className="esim-CountryList-group-label" aria-hidden="true">
            {group.label}
          </div>
        )}
        {options}
      </div>,
    );
  }
  return (
    <div
      {...list.getListboxProps()}
      className={partClassName('esim-CountryList-listbox', className, { status: list.status })}
      data-empty={dataFlag(list.items.length === 0)}
    >
      <div {...list.getSizerProps()}>{rows}</div>
    </div>
  );
}

export interface CountryListOptionProps {
  /** The option handed to `CountryList.Options`' render function. */
  option: CountryListOptionState;
  /** @selector .esim-CountryList-option */
  className?: ClassNameProp<CountryListOptionState>;
  /** The row's content. @default flag, localised name, product name, image */
  children?: ReactNode | ((option: CountryListOptionState) => ReactNode);
}

/** One destination: role option, named by its text, with `data-active`, `data-selected`, `data-kind`. */
export function CountryListOption(props: CountryListOptionProps) {
  const list = useCountryListContext('Option');
  return <OptionRow {...props} id={list.optionId(props.option.product.id)} renderFlag={list.renderFlag} />;
}

interface OptionRowProps extends CountryListOptionProps {
  id: string;
  renderFlag: RenderFlag | undefined;
}

const hideBrokenImage = (event: SyntheticEvent<HTMLImageElement>) => {
  event.currentTarget.hidden = true;
};

const ROW_KEYS = ['product', 'name', 'index', 'active', 'selected', 'disabled', 'setSize'] as const;

// Regions and global plans have no flag of their own.
const GLOBE = '🌐';

const OptionRow = memo(
  function OptionRow({ option, className, children, id, renderFlag }: OptionRowProps) {
    const { product, name } = option;
    return (
      <div {...optionAttributes(option, id)} className={partClassName('esim-CountryList-option', className, option)}>
        {typeof children === 'function'
          ? children(option)
          : children ?? (
              <>
                <span className="esim-CountryList-option-flag" aria-hidden="true">
                  {renderFlag ? renderFlag(product, option) : option.flag || GLOBE}
                </span>
                <span className="esim-CountryList-option-text">
                  <span className="esim-CountryList-option-name">{name}</span>
                  {/* The space keeps name and detail apart in the accessible name: "Japan Japan eSIM". */}
                  {product.name !== name && <> <span className="esim-CountryList-option-detail">{product.name}</span></>}
                </span>
                {product.image_url && (
                  <img
                    className="esim-CountryList-option-image"
                    src={product.image_url}
                    alt=""
                    width={32}
                    height={32}
                    loading="lazy"
                    decoding="async"
                    onError={hideBrokenImage}
                  />
                )}
              </>
            )}
      </div>
    );
  },
  // The option object is rebuilt each render; compare what the row shows so arrow keys re-render two rows, not all.
  (a, b) =>
    a.id === b.id &&
    a.className === b.className &&
    a.children === b.children &&
    a.renderFlag === b.renderFlag &&
    ROW_KEYS.every((key) => a.option[key] === b.option[key]),
);

export interface CountryListMessageProps {
  className?: ClassNameProp<StatusState>;
  /** Replaces the default text. */
  children?: ReactNode;
}

/** Shown when nothing matches the query, or the catalogue has no destinations. */
export function CountryListEmpty({ className, children }: CountryListMessageProps) {
  const { status, query, messages } = useCountryListContext('Empty');
  if (status !== 'empty') return null;
  const trimmed = query.trim();
  return (
    <p className={partClassName('esim-CountryList-empty', className, { status })} data-query={dataFlag(trimmed !== '')}>
      {children ?? (trimmed ? messages.noDestinations(trimmed) : messages.emptyCatalogue)}
    </p>
  );
}

/** A polite live region: the result count, announced once typing pauses. Visually hidden by the default theme. */
export function CountryListStatus({ className }: Omit<CountryListMessageProps, 'children'>) {
  const { status, announcement } = useCountryListContext('Status');
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={partClassName('esim-CountryList-status', className, { status })}>
      {announcement}
    </div>
  );
}

export interface CountryListErrorProps {
  className?: ClassNameProp<{ auth: boolean }>;
}

/** The catalogue failed to load: the reason (an access problem reads as one) and a retry button. */
export function CountryListError({ className }: CountryListErrorProps) {
  const { status, error, retry } = useCountryListContext('Error');
  return status === 'error' ? <ErrorState error={error} onRetry={retry} className={className} /> : null;
}

export interface CountryListLoadingProps extends CountryListMessageProps {
  /** Placeholder rows. @default 5 */
  rows?: number;
}

/** Placeholder rows while the catalogue loads, with the loading text for assistive technology. */
export function CountryListLoading({ className, children, rows = 5 }: CountryListLoadingProps) {
  const { status, messages } = useCountryListContext('Loading');
  if (status !== 'loading') return null;
  return (
    <div className={partClassName('esim-CountryList-loading', className, { status })} data-state={status}>
      <span className="esim-visually-hidden">{children ?? messages.loadingDestinations}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="esim-CountryList-skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}
