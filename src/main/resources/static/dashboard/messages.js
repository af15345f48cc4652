/*
 * The dashboard's words in English and Simplified Chinese. The words for the desk's codes (categories, channels,
 * desks, responsible parties) come from the desk (/dashboard/labels), the same the task forms show.
 * "{name}" is replaced by a value.
 */
window.DashboardMessages = {
  en: {
    title: 'Complaint figures · Complaint Desk',
    heading: 'Complaint figures',
    period: 'Period', last7: 'Last 7 days', last30: 'Last 30 days', last90: 'Last 90 days', custom: 'From … to …',
    from: 'From', to: 'To', show: 'Show',
    shownPeriod: '{from} – {to} ({days} days), compared with {previousFrom} – {previousTo}',
    loading: 'Loading…', loaded: 'Figures as of {time}.', failed: 'The figures could not be loaded: {detail}',
    kpis: 'Key figures', kpisNote: 'Beside each figure: the previous period of the same length.',
    before: 'before: {value}', noChange: 'no change', noData: 'No data', none: 'None', notRecorded: 'not recorded',
    downloadCsv: 'Download CSV', openTask: 'Open the task', ageRange: '{min}–{max} days', ageFrom: '{min} days or more',
    hourOfDay: '{hour}:00',
    satisfaction: 'Satisfaction answers by score',
    trend: 'Complaints per day and category', funnel: 'From contact to solution', spikes: 'Open spike reviews',
    couriers: 'Courier scorecard', merchants: 'Merchant scorecard', breakdowns: 'Breakdowns',
    backlog: 'Open complaints now',
    kpi: {
      received: 'Complaints received', closed: 'Cases closed',
      firstResponseWithinDeadline: 'First response within its deadline',
      firstResponseWithin24Hours: 'First response within 24 hours',
      firstResponseMinutesMedian: 'Time to first response (median)',
      firstResponseMinutesP90: 'Time to first response (90th percentile)',
      resolutionMinutesMedian: 'Time to resolve (median)', resolutionMinutesP90: 'Time to resolve (90th percentile)',
      reopenRate: 'Reopened', escalationRate: 'Escalated', arbitrationRate: 'Arbitrated', withdrawalRate: 'Withdrawn',
      refundsPaid: 'Refunds paid', refundedCases: 'Cases refunded', satisfactionAverage: 'Satisfaction (1–5)',
      satisfactionAnswers: 'Satisfaction answers', openAtEnd: 'Open at the end of the period'
    },
    column: {
      key: 'Value', received: 'Received', closed: 'Closed', firstResponseWithin24Hours: 'First response ≤ 24 h',
      resolutionMinutesMedian: 'Time to resolve (median)', reopenRate: 'Reopened', escalationRate: 'Escalated',
      arbitrationRate: 'Arbitrated', withdrawalRate: 'Withdrawn', refundsPaid: 'Refunds paid',
      satisfactionAverage: 'Satisfaction', rank: 'Rank', courier: 'Courier', complaints: 'Complaints',
      shipments: 'Shipments', complaintsPerThousandShipments: 'Per 1,000 shipments', delayShare: 'Delay',
      lostOrDamagedShare: 'Lost or damaged', courierResponsibleShare: 'Courier responsible', merchant: 'Merchant',
      complaintShare: 'Share of complaints', responsibleShare: 'Merchant responsible', arbitrated: 'Arbitrated',
      rulingsForCustomer: 'Rulings for the customer', rulingsForMerchant: 'Rulings for the merchant',
      rulingsSplit: 'Split rulings', step: 'Step', cases: 'Cases', conversion: 'From the step before',
      conversionFromReceived: 'From received', medianMinutesFromPrevious: 'Median time from the step before',
      kind: 'Kind', label: 'What', windowCount: 'Complaints in the window', baseline: 'Usual', openedAt: 'Opened',
      task: 'Task', score: 'Score', current: 'This period', previous: 'Previous period', stage: 'Stage',
      age: 'Age', count: 'Open complaints'
    },
    dimension: {
      category: 'By category', channel: 'By channel', merchant: 'By merchant', courier: 'By courier',
      'responsible-party': 'By responsible party', desk: 'By desk', agent: 'By agent', hour: 'By hour of day',
      day: 'By day'
    },
    step: {
      RECEIVED: 'Received', FIRST_RESPONSE: 'First response', OFFER: 'Offer made', AGREED: 'Accepted or arbitrated',
      REMEDY_DONE: 'Remedy carried out', SOLVED: 'Solved'
    },
    stage: {
      RECEIVE: 'Receive', CLASSIFY: 'Classify', ASSIGN: 'Assign', INVESTIGATE: 'Investigate', NEGOTIATE: 'Negotiate',
      EVIDENCE: 'Evidence period', ARBITRATE: 'Arbitration', RESOLVE: 'Resolve', FOLLOW_UP: 'Follow-up',
      ARCHIVE: 'Archive'
    },
    kind: { CATEGORY: 'Category', MERCHANT: 'Merchant', AGENT: 'Agent' }
  },
  zh: {
    title: '投诉数据 · 投诉处理台',
    heading: '投诉数据',
    period: '时间段', last7: '最近 7 天', last30: '最近 30 天', last90: '最近 90 天', custom: '自定义日期',
    from: '开始', to: '结束', show: '查看',
    shownPeriod: '{from} 至 {to}（{days} 天），对比 {previousFrom} 至 {previousTo}',
    loading: '加载中…', loaded: '数据截至 {time}。', failed: '数据加载失败：{detail}',
    kpis: '关键指标', kpisNote: '每项指标旁为上一个同样长度时间段的数值。',
    before: '上期：{value}', noChange: '无变化', noData: '暂无数据', none: '无', notRecorded: '未记录',
    downloadCsv: '下载 CSV', openTask: '打开任务', ageRange: '{min}–{max} 天', ageFrom: '{min} 天及以上',
    hourOfDay: '{hour} 时',
    satisfaction: '满意度评分分布',
    trend: '每日各类投诉数量', funnel: '从接诉到解决', spikes: '待处理的投诉激增复核',
    couriers: '快递公司评分卡', merchants: '商家评分卡', breakdowns: '分类统计',
    backlog: '当前未结投诉',
    kpi: {
      received: '收到的投诉', closed: '已结案件',
      firstResponseWithinDeadline: '期限内首次响应率',
      firstResponseWithin24Hours: '24 小时内首次响应率',
      firstResponseMinutesMedian: '首次响应时长（中位数）',
      firstResponseMinutesP90: '首次响应时长（90 分位）',
      resolutionMinutesMedian: '解决时长（中位数）', resolutionMinutesP90: '解决时长（90 分位）',
      reopenRate: '重开率', escalationRate: '升级率', arbitrationRate: '仲裁率', withdrawalRate: '撤诉率',
      refundsPaid: '已退款金额', refundedCases: '退款案件数', satisfactionAverage: '满意度（1–5）',
      satisfactionAnswers: '满意度回复数', openAtEnd: '期末未结投诉'
    },
    column: {
      key: '值', received: '收到', closed: '已结', firstResponseWithin24Hours: '24 小时内首次响应',
      resolutionMinutesMedian: '解决时长（中位数）', reopenRate: '重开率', escalationRate: '升级率',
      arbitrationRate: '仲裁率', withdrawalRate: '撤诉率', refundsPaid: '已退款金额',
      satisfactionAverage: '满意度', rank: '排名', courier: '快递公司', complaints: '投诉数',
      shipments: '发货量', complaintsPerThousandShipments: '每千单投诉', delayShare: '延误',
      lostOrDamagedShare: '丢失或破损', courierResponsibleShare: '快递公司责任', merchant: '商家',
      complaintShare: '投诉占比', responsibleShare: '商家责任', arbitrated: '仲裁',
      rulingsForCustomer: '裁定支持买家', rulingsForMerchant: '裁定支持商家',
      rulingsSplit: '裁定双方分担', step: '环节', cases: '案件数', conversion: '较上一环节',
      conversionFromReceived: '较收到', medianMinutesFromPrevious: '距上一环节时长（中位数）',
      kind: '类型', label: '对象', windowCount: '窗口内投诉数', baseline: '通常水平', openedAt: '开始时间',
      task: '任务', score: '评分', current: '本期', previous: '上期', stage: '阶段',
      age: '已持续', count: '未结投诉'
    },
    dimension: {
      category: '按投诉类别', channel: '按渠道', merchant: '按商家', courier: '按快递公司',
      'responsible-party': '按责任方', desk: '按处理组', agent: '按客服', hour: '按小时',
      day: '按日期'
    },
    step: {
      RECEIVED: '收到投诉', FIRST_RESPONSE: '首次响应', OFFER: '提出方案', AGREED: '接受方案或仲裁',
      REMEDY_DONE: '方案执行完毕', SOLVED: '问题解决'
    },
    stage: {
      RECEIVE: '接收', CLASSIFY: '分类', ASSIGN: '分派', INVESTIGATE: '调查', NEGOTIATE: '协商',
      EVIDENCE: '举证期', ARBITRATE: '仲裁', RESOLVE: '执行方案', FOLLOW_UP: '回访',
      ARCHIVE: '归档'
    },
    kind: { CATEGORY: '投诉类别', MERCHANT: '商家', AGENT: '客服' }
  }
};
