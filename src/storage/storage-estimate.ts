/** The part of `navigator.storage` the worker uses; absent in Node and in old browsers. */
export interface StorageLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** Bytes used and allowed for this origin, null when the browser does not say. */
export async function storageEstimate(
  storage: StorageLike | undefined,
): Promise<{ usage: number | null; quota: number | null }> {
  try {
    const { usage, quota } = (await storage?.estimate?.()) ?? {};
    return { usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}

/**
 * Bytes an import of a `fileBytes` file may need at most while it commits: the stored columns take well
 * under the CSV's size (about 14 of 41 MB measured), and the old dataset stays until the new one lands.
 */
export function importNeedBytes(fileBytes: number, currentDatasetRows: number): number {
  const BYTES_PER_ROW = 48; // six 4- or 8-byte columns plus a few coded text columns
  return Math.ceil(fileBytes * 0.6) + currentDatasetRows * BYTES_PER_ROW;
}
