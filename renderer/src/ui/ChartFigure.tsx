import { Chart as ChartJS, registerables, type ChartConfiguration, type ChartType } from 'chart.js';
import { useId, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { TableBox } from './TableBox';
import { RecordText } from './RecordText';

ChartJS.register(...registerables);

/** recordRows: the rows are named by the committee's own texts (barrier names), shown as such (RecordText). */
export type ChartTable = { caption: string; columns: string[]; rows: { header: string; cells: string[] }[]; recordRows?: boolean };

type Props<T extends ChartType> = { config: ChartConfiguration<T>; description: string; table: ChartTable; /** Rows of a chart that grows with its data (the heat map). */ tall?: number };

/**
 * A chart with its text alternative and the same numbers as a table. The table can replace the chart
 * on screen, and it is what prints, so the figures never depend on seeing colours or shapes.
 */
export function ChartFigure<T extends ChartType>({ config, description, table, tall }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  // On screen when chosen instead of the chart (then wide tables scroll in their box); always in print.
  const numbers = (
    <table>
      <caption className="visually-hidden">{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={column + String(index)} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.header}>
            <th scope="row">{table.recordRows === true ? <RecordText text={row.header} /> : row.header}</th>
            {row.cells.map((cell, index) => (
              <td key={String(index)}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        <span>{table.caption}</span>
        <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t('charts.showChart') : t('charts.showTable')}
        </button>
      </figcaption>
      {!asTable && (
        <div className="chart-canvas screen-only" style={tall === undefined ? undefined : { height: `${String(Math.max(12, tall * 2.2 + 4))}rem` }}>
          <Chart type={config.type} data={config.data} options={config.options} role="img" aria-label={description} />
        </div>
      )}
      {asTable ? <TableBox label={table.caption}>{numbers}</TableBox> : <div className="table-scroll print-only">{numbers}</div>}
    </figure>
  );
}
