// Before a test run: the build tests' folders of earlier runs go (see TEST_BUILDS).
import { rmSync } from 'node:fs';
import { TEST_BUILDS } from './build-site.ts';

export default function setup(): void {
  rmSync(TEST_BUILDS, { recursive: true, force: true });
}
