#!/usr/bin/env node
// The installed command. All behaviour lives in src/cli; `npm run build` compiles it and bundles it into
// dist/bundle/foramen.mjs so the command starts fast.
import '../dist/bundle/foramen.mjs';
