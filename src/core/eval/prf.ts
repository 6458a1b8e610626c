/** Precision, recall and F1 from counts; each is 0 when its denominator is 0. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 where precision and recall may count true positives differently (overlap scoring). */
export function prf(tpPredicted: number, predicted: number, tpGold: number, gold: number): Prf {
  const precision = predicted ? tpPredicted / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: tpGold, predicted, gold, precision, recall, f1 };
}
