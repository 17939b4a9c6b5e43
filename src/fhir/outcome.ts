/**
 * OperationOutcome factories: how FHIR and CDS Hooks routes report errors
 * ({@link https://hl7.org/fhir/R4/operationoutcome.html | FHIR R4 OperationOutcome}).
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { InputError } from '../errors.js';

/**
 * An OperationOutcome for bad input: one error issue naming the field in `expression`.
 * @param message - what is wrong, for people
 * @param expression - the path of the bad field (omitted when empty)
 * @param code - the FHIR issue type (default `invalid`)
 */
export function badRequestOutcome(
  message: string,
  expression = '',
  code: OperationOutcomeIssue['code'] = 'invalid',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        details: { text: message },
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}

/**
 * The OperationOutcome of an InputError (path in `expression`, message in `details.text`).
 * @param error - the input error
 */
export const operationOutcomeFor = (error: InputError): OperationOutcome =>
  badRequestOutcome(error.message, error.path);

/**
 * An OperationOutcome for a server-side problem, without internals.
 * @param message - a short, safe description
 * @param code - the FHIR issue type (default `exception`)
 */
export function serverOutcome(
  message: string,
  code: OperationOutcomeIssue['code'] = 'exception',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, details: { text: message } }],
  };
}
