/** B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items. */
export interface BcubedScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores a predicted clustering against a gold one. Both map an item id to its cluster id.
 * Only items present in both maps are scored, so a prediction for an item without gold is ignored.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BcubedScore {
  const items = [...predicted.keys()].filter((id) => gold.has(id));
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };

  const predictedMembers = groupBy(items, predicted);
  const goldMembers = groupBy(items, gold);
  // Per (predicted, gold) cluster pair: how many items they share.
  const overlap = new Map<string, number>();
  for (const id of items) {
    const key = `${predicted.get(id)}\u0000${gold.get(id)}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }

  let precisionSum = 0;
  let recallSum = 0;
  for (const id of items) {
    const predictedCluster = predicted.get(id) as string;
    const goldCluster = gold.get(id) as string;
    const shared = overlap.get(`${predictedCluster}\u0000${goldCluster}`) ?? 0;
    precisionSum += shared / (predictedMembers.get(predictedCluster) ?? 1);
    recallSum += shared / (goldMembers.get(goldCluster) ?? 1);
  }
  const precision = precisionSum / items.length;
  const recall = recallSum / items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function groupBy(items: string[], clusters: ReadonlyMap<string, string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const id of items) {
    const cluster = clusters.get(id) as string;
    sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
  }
  return sizes;
}
