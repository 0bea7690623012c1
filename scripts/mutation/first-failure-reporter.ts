// A vitest reporter for the mutation runner: prints one marker line the
// moment a test (or a file's hook) fails, so the runner can stop the run at
// once instead of waiting for the other files.
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export const MARKER = 'MUTATION-FAILED::';

export default class FirstFailureReporter implements Reporter {
  onTestCaseResult(testCase: TestCase) {
    if (testCase.result().state !== 'failed') return;
    const error = testCase.result().errors?.[0]?.message?.split('\n')[0] ?? '';
    process.stdout.write(`\n${MARKER}${path.basename(testCase.module.moduleId)}: ${testCase.fullName} — ${error.slice(0, 160)}\n`);
  }

  onTestModuleEnd(testModule: TestModule) {
    const errors = testModule.errors();
    if (testModule.state() === 'failed' && errors.length) {
      process.stdout.write(`\n${MARKER}${path.basename(testModule.moduleId)}: ${(errors[0]!.message ?? 'failed').split('\n')[0]!.slice(0, 160)}\n`);
    }
  }
}
