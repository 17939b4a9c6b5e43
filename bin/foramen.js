#!/usr/bin/env node
// The installed command. All behaviour lives in dist/src/cli (built from src/cli by `npm run build`).
import '../dist/src/cli/run.js';
