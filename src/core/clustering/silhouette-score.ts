import { sampleDistances } from './sample-distances';
import { sampleRows } from './sample-rows';
import { silhouetteFromDistances } from './silhouette-from-distances';

/**
 * Mean silhouette (−1…1, Euclidean distance) of a clustering of `rows × dims` row-major points, computed
 * exactly on a sample only (O(s²)): `sample` when given, else 2,000 rows drawn with `seed` (all rows when fewer).
 */
export function silhouetteScore(
  matrix: Float64Array,
  rows: number,
  dims: number,
  assignment: Int32Array,
  k: number,
  sample?: Int32Array,
  seed = 1,
): number {
  const chosen = sample ?? sampleRows(rows, 2000, seed);
  const labels = Int32Array.from(chosen, (row) => assignment[row]!);
  return silhouetteFromDistances(sampleDistances(matrix, dims, chosen), labels, k);
}
