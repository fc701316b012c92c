/**
 * "Today" for a build, as a calendar month: from SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the build day's date in UTC. Two builds on the same day agree byte for byte.
 */
export function heuteMonat(env: NodeJS.ProcessEnv = process.env, jetzt: () => number = Date.now): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const ms = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH?.trim() ? epoch * 1000 : jetzt();
  return new Date(ms).toISOString().slice(0, 7);
}
