#!/usr/bin/env node
import '../dist/medcode.mjs';
