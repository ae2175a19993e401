import { describe, expect, it } from 'vitest';
import type { CohortTable } from '../../src/core/cohorts/cohort-types';
import { tableCsv } from '../../src/state/table-csv';
import { cohortCsvTable, kpiCsvTable } from '../../src/state/trend-tables';

const table: CohortTable = {
  period: 'month',
  periods: ['2024-01', '2024-02'],
  cohorts: [
    {
      key: '2024-01', size: 3, active: [3, 1], retention: [1, 1 / 3], revenueCents: [12345, 500],
      revenuePerCustomerCents: [4115, 167], cumulativePerCustomerCents: [4115, 4282],
    },
    {
      key: '2024-02', size: 1, active: [1], retention: [1], revenueCents: [-250],
      revenuePerCustomerCents: [-250], cumulativePerCustomerCents: [-250],
    },
  ],
  totals: {
    size: 4, active: [4, 1], retention: [1, 1 / 3], revenueCents: [12095, 500],
    revenuePerCustomerCents: [3024, 167], cumulativePerCustomerCents: [3024, 3191], totalRevenueCents: 12595,
  },
};
const labels = { cohort: 'Cohort', size: 'Customers', period: (key: string) => `M ${key}` };

describe('cohortCsvTable', () => {
  it('writes shares as 0–1 and money in currency units, offsets past the data empty', () => {
    const retention = cohortCsvTable(table, 'retention', labels);
    expect(tableCsv(retention.header, retention.rows)).toBe(
      '\uFEFFCohort,Customers,0,1\r\nM 2024-01,3,1,0.3333\r\nM 2024-02,1,1,\r\n',
    );
    const revenue = cohortCsvTable(table, 'revenue', labels);
    expect(revenue.rows).toEqual([['M 2024-01', 3, 123.45, 5], ['M 2024-02', 1, -2.5, null]]);
    expect(cohortCsvTable(table, 'active', labels).rows[0]).toEqual(['M 2024-01', 3, 3, 1]);
  });
});

describe('kpiCsvTable', () => {
  it('writes a row per period or group, its KPIs in spreadsheet units, unknown values empty', () => {
    const rows = [
      { period: '2024-01', activeCustomers: 2, retentionRate: null, revenueCents: 155050 },
      { period: '=cmd', activeCustomers: 3, retentionRate: 0.5, revenueCents: -100 },
    ];
    const csv = kpiCsvTable(rows, ['activeCustomers', 'retentionRate', 'revenueCents'], {
      first: 'Month', name: (row) => row.period, title: (metric) => metric,
    });
    expect(tableCsv(csv.header, csv.rows)).toBe(
      '\uFEFFMonth,activeCustomers,retentionRate,revenueCents\r\n2024-01,2,,1550.5\r\n\'=cmd,3,0.5,-1\r\n',
    );
  });
});
