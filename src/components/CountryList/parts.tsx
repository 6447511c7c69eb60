'use client';

import { Fragment, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useEsimContext } from '../../query/provider.js';
import { ErrorState, OfflineState } from '../shared/ErrorState.js';
import { dataFlag, type ClassNameProp } from '../shared/classNames.js';
import { cls, useList } from './context.js';
import { HEADING_ATTRIBUTE } from './useListWindow.js';
import type { CountryListDataState, CountryListOptionState } from './types.js';

type StatusState = { status: CountryListDataState };

export interface CountryListSearchProps {
  /** @selector .esim-CountryList-search */
  className?: ClassNameProp<{ query: string }>;
}

/** The label, the combobox field and a clear button while there is a query. */
export function CountryListSearch({ className }: CountryListSearchProps) {
  const list = useList('Search');
  return (
    <div className={cls('-search', className, list)} data-query={dataFlag(list.query)}>
      <label {...list.getLabelProps()} className={cls('-label')}>
        {list.label}
      </label>
      <input {...list.getInputProps()} className={cls('-input')} />
      {list.query && (
        <button {...list.getClearButtonProps()} className={cls('-clear')}>
          <span aria-hidden="true">×</span> <span className={cls('-clear-label')}>{list.messages.clearSearch}</span>
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

/**
 * The listbox. Only the rows in view (plus a few, plus the active option wherever it is) are in the DOM;
 * each option carries aria-setsize/posinset.
 */
export function CountryListOptions({ className, children = defaultRow }: CountryListOptionsProps) {
  const list = useList('Options');
  const { pinned } = list;
  return (
    <div {...list.getListboxProps()} className={cls('-listbox', className, list)}>
      <div {...list.getSizerProps()}>
        {list.groups.map((group) => (
          <div key={group.kind} {...list.getGroupProps(group)} className={cls('-group')}>
            {group.heading && (
              // The group is named by aria-label; this is its visual twin.
              <div className={cls('-group-label')} aria-hidden="true" {...{ [HEADING_ATTRIBUTE]: '' }}>
                {group.label}
              </div>
            )}
            {list.items.slice(group.start, group.end).map((entry, k) => (
              // Keyed by product: a row that stays in the results keeps its DOM (and its loaded image).
              <Fragment key={entry.product.id}>{children(list.getOption(group.start + k))}</Fragment>
            ))}
          </div>
        ))}
        {pinned && (
          // Scrolled out of the window, the active option stays in the DOM at its own place in the list.
          <div role="none" className={cls('-pinned')} style={{ position: 'absolute', insetInline: 0, top: pinned.top }}>
            {children(list.getOption(pinned.index))}
          </div>
        )}
      </div>
    </div>
  );
}

export interface CountryListOptionProps {
  /** The option handed to `CountryList.Options`' render function. */
  option: CountryListOptionState;
  /** @selector .esim-CountryList-option */
  className?: ClassNameProp<CountryListOptionState>;
  /** The row's content. @default mark, localised name, what the product's name adds, image */
  children?: ReactNode | ((option: CountryListOptionState) => ReactNode);
}

const hideBrokenImage = (event: SyntheticEvent<HTMLImageElement>) => {
  event.currentTarget.hidden = true;
};

/**
 * One destination: role option, named by its text (the name once, then what the product's name adds), with
 * `data-active` (while the field has focus), `data-selected`, `data-kind` and `data-group`.
 */
export function CountryListOption({ option, className, children }: CountryListOptionProps) {
  const { renderFlag, getOptionProps, typing } = useList('Option');
  const { contentLang } = useEsimContext();
  const { product, name, detail } = option;
  // A row mounted while typing gets its image once typing pauses; a row that had one keeps it.
  const imaged = useRef(false);
  imaged.current ||= !typing;
  return (
    <div {...getOptionProps(option)} className={cls('-option', className, option)}>
      {typeof children === 'function'
        ? children(option)
        : children ?? (
            <>
              <span className={cls('-option-flag')} aria-hidden="true">
                {renderFlag ? renderFlag(product, option) : option.mark}
              </span>
              {/* One paragraph of at most two lines: a long name wraps instead of being cut. */}
              <span className={cls('-option-text')}>
                {/* Isolated: a name in one direction and a detail in the other each keep their own order. */}
                <bdi className={cls('-option-name')}>{name}</bdi>
                {/* The space keeps name and detail apart in the accessible name: "Caribbean Jamaica, Barbados…". */}
                {detail && <> <span className={cls('-option-detail')} lang={contentLang}>{detail}</span></>}
              </span>
              {imaged.current && product.image_url && (
                <img
                  className={cls('-option-image')}
                  src={product.image_url}
                  alt=""
                  width={32}
                  height={32}
                  loading="lazy"
                  onError={hideBrokenImage}
                />
              )}
            </>
          )}
    </div>
  );
}

export interface CountryListMessageProps {
  className?: ClassNameProp<StatusState>;
  /** Replaces the default text. */
  children?: ReactNode;
}

/** Shown when nothing matches the query, or the catalogue has no destinations. */
export function CountryListEmpty({ className, children }: CountryListMessageProps) {
  const list = useList('Empty', 'empty');
  return list && (
    <p className={cls('-empty', className, list)} data-query={dataFlag(list.query.trim())}>
      {children ?? list.message}
    </p>
  );
}

/** A polite live region: the result count, announced once typing pauses. Visually hidden by the default theme. */
export function CountryListStatus({ className }: Omit<CountryListMessageProps, 'children'>) {
  const list = useList('Status');
  return (
    // role=status is a polite, atomic live region by definition.
    <div role="status" className={cls('-status', className, list)}>
      {list.announcement}
    </div>
  );
}

export interface CountryListErrorProps {
  className?: ClassNameProp<{ auth: boolean }>;
}

/** The catalogue failed to load: the reason (an access problem reads as one) and a retry button that keeps focus in the list. */
export function CountryListError({ className }: CountryListErrorProps) {
  const list = useList('Error', 'error');
  return list && <ErrorState error={list.error} onRetry={list.retry} refocus={list.refocus} className={className} />;
}

/**
 * The browser is offline before the catalogue arrived: says so, with a retry; loading resumes by itself once back
 * online, and focus on the retry goes back to the search field.
 */
export function CountryListOffline({ className }: { className?: ClassNameProp<Record<string, never>> }) {
  const list = useList('Offline', 'offline');
  return list && <OfflineState onRetry={list.retry} refocus={list.refocus} className={className} />;
}

export interface CountryListLoadingProps extends CountryListMessageProps {
  /** Placeholder rows. @default 5 */
  rows?: number;
}

/**
 * Placeholder rows while the catalogue loads; after a few seconds, a line saying it is still working.
 * The status region announces both.
 */
export function CountryListLoading({ className, children, rows = 5 }: CountryListLoadingProps) {
  const list = useList('Loading', 'loading');
  return list && (
    <div className={cls('-loading', className, list)} data-state="loading" data-slow={dataFlag(list.slow)}>
      {children ?? (list.slow && <p className={cls('-still-working')}>{list.messages.stillWorking}</p>)}
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={cls('-skeleton')} aria-hidden="true" />
      ))}
    </div>
  );
}
