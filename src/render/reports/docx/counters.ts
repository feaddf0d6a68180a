/** Running numbers of the tables and figures of one document. */
export interface Counters {
  table: number;
  figure: number;
}
