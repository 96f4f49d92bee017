// A server command for the budget test: the browser asks, node measures dist/.
import { measure } from '../../scripts/sizes.mjs';

export function sizePlugin() {
  return {
    name: 'rugwijzer-sizes',
    executeCommand({ command }) {
      return command === 'dist-sizes' ? measure() : undefined;
    },
  };
}
