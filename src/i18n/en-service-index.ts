import type { Messages } from './messages'

// English words of the service index screen and the weekly view: the same keys as vi-service-index.ts.
export const enServiceIndex: Messages['serviceIndex'] = {
  title: 'Service index for citizens and businesses',
  notOfficial:
    'Computed by the dashboard from its dossier counts — not the official score published on the ' +
    'National Public Service Portal.',
  rule:
    'Scoring: a group at or above its full-points rate earns all its points; below it, points in ' +
    'proportion (points = maximum × rate ÷ full-points rate). Group weights follow {source}.',
  total: '{points} / {max} points',
  totalLabel: 'Points of the measurable groups',
  totalNote: '{unmeasured} cannot be measured from dossier counts and is left out of the total.',
  noDataGroups: 'No data yet: {groups}.',
  grain: 'Period type',
  byMonth: 'By month',
  byWeek: 'By week',
  week: 'Week',
  groupsTitle: 'Points by group',
  groups: {
    progress: 'Resolution progress',
    online: 'Online public services',
    onlinePayment: 'Online payment',
    satisfaction: 'Satisfaction',
    digitization: 'Dossier digitisation',
    publicity: 'Publicity and transparency',
  },
  notMeasured: 'Not measured from these data',
  noData: 'No data',
  partlyReported: 'Over the units that report it only',
  columns: {
    group: 'Group',
    measure: 'Measured by',
    rate: 'Rate',
    target: 'Full-points rate',
    points: 'Points',
    maxPoints: 'Maximum',
    lost: 'Points lost',
    unit: 'Unit',
    weight: 'Share of dossiers',
    rank: 'Rank',
  },
  changes: {
    month: 'vs last month',
    period: 'vs previous period',
    year: 'vs same period last year',
    week: 'vs last week',
    fourWeeks: 'vs 4 weeks before',
  },
  lossesTitle: 'Units costing the most points',
  lossesIntro:
    "Each unit weighs its share of {unit}'s dossiers in the group; points lost = share × the points " +
    'its own rate loses. A positive change: more points lost.',
  showAll: 'Show all {count} units',
  showTop: 'Show the {count} costing the most only',
  noLosses: 'No unit below has data for this group.',
  notMeasuredLosses: 'This group cannot be measured from dossier counts.',
  accountability: {
    title: 'On-time accountability',
    chartTitle: 'Resolved dossiers by deadline',
    early: 'Early',
    onTime: 'On time',
    late: 'Late',
    backlog: 'Overdue dossiers still open at the period end',
    backlogValue: '{count} dossiers ({share} of those pending)',
    backlogBefore: 'End of the previous period: {count} ({change})',
    lateRate: 'Late resolution rate in the period: {rate}',
    overdue: 'Overdue',
    pending: 'Pending',
    share: 'Overdue share',
    holdersTitle: 'Units holding the most overdue dossiers',
    holdersIntro:
      'Ranked by count, not rate: a department holding 300 overdue dossiers comes before a commune holding 2.',
    noHolders: 'No unit below holds overdue dossiers.',
    period: 'Period',
  },
}

export const enWeekly: Messages['weekly'] = {
  title: 'Weekly tracking',
  intro: '{this} against {last} and the {year} target.',
  presets: {
    thisWeek: 'This week',
    lastWeek: 'Last week',
    last4Weeks: 'Last 4 weeks',
    last13Weeks: 'Last 13 weeks',
  },
  periodLabel: 'Weeks',
  noWeeks: 'The data server keeps months only; weeks cannot be shown yet.',
  own: 'All of {unit}',
  kinds: {
    department: 'Departments',
    district: 'Districts',
    commune: 'Communes',
    province: 'Provinces',
    country: 'Country',
  },
  columns: {
    thisPeriod: 'This period',
    lastPeriod: 'Previous',
    change: 'Change',
    target: 'Target',
    status: 'Status',
    volume: 'Dossiers',
  },
  slippedTitle: 'Units that fell since the previous period',
  slippedNone: 'No unit fell since the previous period.',
  fellBelow: 'fell below target',
  slippedLine: '{unit}: from {before} down to {now} ({change})',
  tableTitle: '{metric} by unit',
  print: 'Print (one A4 page)',
}
