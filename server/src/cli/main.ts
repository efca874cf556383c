import { runExport } from './export.js';
import { runExtract } from './extract.js';
import { runMergeSidecar } from './mergeSidecar.js';
import { runReport } from './report.js';
import { runScan } from './scan.js';
import { runVerify } from './verify.js';
import { CliError, type Io } from './io.js';

const usage = `Usage: factcheck <command> [options]

Commands:
  scan FILE|FOLDER... [--format text|json|sarif] [--fail-on LIST] [--jobs N]
                                      Report the figures, attributions and claims of each file, with
                                      the statuses of its sidecar; --fail-on false,unchecked,figure.unchecked
                                      (statuses or codes) exits 3 when a problem matches.
  extract [FILE|FOLDER...] [--kind plaintext|markdown] [--threshold 0..1] [--jobs N]
                                      Read JSON Lines {"id", "text"} on stdin, write one result line
                                      per input line on stdout, in order (docs/extract-contract.md);
                                      given files, one result line per file, its path as the id.
  export FILE [--claimreview | --format claimreview|webannotation] [--url URL] [--publisher NAME] [--out PATH]
                                      The article's fact-checks as schema.org ClaimReview JSON-LD, or
                                      all its annotations as W3C Web Annotation JSON-LD.
  report FILE [--format md|html] [--out PATH]
                                      A report for editors: counts by status, every finding with its
                                      status, sources and evidence (docs/reports.md).
  verify FILE|FOLDER... [--format text|json|sarif] [--offline]
                                      Check each figure against the sources in the article's
                                      annotations and against the article itself (docs/verify.md);
                                      exit 1 when a figure is contradicted.
  merge-sidecar FILE... | --driver BASE OURS THEIRS [PATH]
                                      Merge two versions of an annotations file by annotation, keeping
                                      every annotation of both: resolve files git left with conflict
                                      markers, or run as a git merge driver (docs/annotations.md).
  help                                Show this help.

Options:
  --jobs N                            Worker threads for scan and extract (default: one per core
                                      but one; 1 runs in the main thread).
  --root DIR                          The workspace folder whose .vscode/settings.json (factcheck.*
                                      severities, claim threshold, annotations folder) scan, verify,
                                      report and export apply (default: the current folder).
  --annotations-folder DIR            Sidecars under DIR in the workspace (default: the setting).
  --version                           Print the version.

A FOLDER stands for the Markdown and text files under it (.md, .markdown, .txt; hidden folders
and node_modules left out), in sorted order.
`;

declare const FACTCHECK_VERSION: string | undefined;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // "factcheck scan --help" asks for help, not for a scan of a file named "--help".
  const optionsEnd = rest.indexOf('--');
  const beforeFiles = optionsEnd < 0 ? rest : rest.slice(0, optionsEnd);
  if (command !== undefined && (beforeFiles.includes('--help') || beforeFiles.includes('-h'))) {
    io.stdout.write(usage);
    return 0;
  }
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'extract':
        return await runExtract(rest, io);
      case 'verify':
        return await runVerify(rest, io);
      case 'export':
        return await runExport(rest, io);
      case 'report':
        return await runReport(rest, io);
      case 'merge-sidecar':
        return await runMergeSidecar(rest, io);
      case '--version':
      case 'version':
        io.stdout.write(`${typeof FACTCHECK_VERSION === 'string' ? FACTCHECK_VERSION : 'dev'}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"; run "factcheck help" for the list`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`factcheck: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

if (require.main === module) {
  // A reader that stops early (`factcheck scan … | head`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`factcheck: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
