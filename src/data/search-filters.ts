/** The filters of the site search: key used in the code, and the German name visitors see. */
export const SUCHFILTER = {
  typ: 'Art',
  prioritaet: 'Priorität',
  themenfeld: 'Themenfeld',
  kommune: 'Kommune',
  status: 'Status',
} as const;
