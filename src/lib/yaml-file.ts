import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Parses a YAML data file; a syntax error names the file and the line. */
export function parseYamlFile(file: string, text = readFileSync(file, 'utf8')): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message}`);
  }
}
