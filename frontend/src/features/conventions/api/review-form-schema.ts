import type { Dictionary } from '@/lib/i18n';
import type { ConventionsDictionary } from '@/lib/i18n/conventions';
import { formatDate, isIsoDate } from '@/utils/dates';

import type { ClauseCategory, ConventionReviewRequest } from './types';

// The review form's values and rules, mirroring ConventionReviewRequest and what the server checks:
// "no discrimination" goes with no flagged clause, "discrimination found" with at least one.
export interface ClauseFormValues {
  /** Stable React key of a clause while clauses are added and removed. */
  key: string;
  text: string;
  category: ClauseCategory | '';
  recommendation: string;
  followUp: string;
}

export interface ReviewFormValues {
  reviewedOn: string;
  reviewers: string;
  /** null until the reviewer chooses the conclusion. */
  noDiscrimination: boolean | null;
  clauses: ClauseFormValues[];
}

export const clauseFields = ['text', 'category', 'recommendation', 'followUp'] as const;
export type ClauseField = (typeof clauseFields)[number];
const topFields = ['reviewedOn', 'reviewers', 'noDiscrimination'] as const;

/**
 * Errors keyed by the request's own paths, as the server names them: "reviewers", "clauses" (the
 * list as a whole), "clauses[1]" (one clause), "clauses[1].text" (one field of one clause).
 */
export type ReviewErrors = Record<string, string>;

export const clausePath = (index: number, field?: ClauseField) =>
  field ? `clauses[${index}].${field}` : `clauses[${index}]`;

export const REVIEWERS_MAX = 1000;
export const CLAUSE_TEXT_MAX = 2000;
export const CLAUSES_MAX = 50;

let lastClauseKey = 0;

export function emptyClause(): ClauseFormValues {
  lastClauseKey += 1;
  return { key: `clause-${lastClauseKey}`, text: '', category: '', recommendation: '', followUp: '' };
}

export function emptyReviewForm(today: string): ReviewFormValues {
  return { reviewedOn: today, reviewers: '', noDiscrimination: null, clauses: [] };
}

export function validateReviewForm(
  values: ReviewFormValues,
  context: { today: string; decisionDate: string | null },
  t: Dictionary,
  w: ConventionsDictionary,
): ReviewErrors {
  const errors: ReviewErrors = {};
  const v = t.validation;
  if (!values.reviewedOn) errors.reviewedOn = v.required;
  else if (!isIsoDate(values.reviewedOn)) errors.reviewedOn = v.date;
  else if (values.reviewedOn > context.today) errors.reviewedOn = w.validation.reviewInFuture;
  else if (context.decisionDate && values.reviewedOn < context.decisionDate) {
    errors.reviewedOn = w.validation.reviewBeforeDecision(formatDate(context.decisionDate));
  }
  const reviewers = values.reviewers.trim();
  if (!reviewers) errors.reviewers = v.required;
  else if (reviewers.length > REVIEWERS_MAX) errors.reviewers = v.maxLength(REVIEWERS_MAX);
  if (values.noDiscrimination === null) errors.noDiscrimination = w.validation.chooseConclusion;
  if (values.noDiscrimination === false) {
    if (values.clauses.length === 0) errors.clauses = w.validation.clausesRequired;
    else if (values.clauses.length > CLAUSES_MAX) errors.clauses = w.clauses.max(CLAUSES_MAX);
    values.clauses.forEach((clause, index) => {
      const text = clause.text.trim();
      const recommendation = clause.recommendation.trim();
      if (!text) errors[clausePath(index, 'text')] = v.required;
      else if (text.length > CLAUSE_TEXT_MAX) errors[clausePath(index, 'text')] = v.maxLength(CLAUSE_TEXT_MAX);
      if (!clause.category) errors[clausePath(index, 'category')] = v.required;
      if (!recommendation) errors[clausePath(index, 'recommendation')] = v.required;
      else if (recommendation.length > CLAUSE_TEXT_MAX) {
        errors[clausePath(index, 'recommendation')] = v.maxLength(CLAUSE_TEXT_MAX);
      }
      if (clause.followUp.trim().length > CLAUSE_TEXT_MAX) {
        errors[clausePath(index, 'followUp')] = v.maxLength(CLAUSE_TEXT_MAX);
      }
    });
  }
  return errors;
}

/** The request: the clauses typed are sent only with "discrimination found" (the server refuses both otherwise). */
export function toReviewRequest(values: ReviewFormValues): ConventionReviewRequest {
  if (values.noDiscrimination === null) throw new Error('toReviewRequest needs validated values (no conclusion)');
  return {
    reviewedOn: values.reviewedOn,
    reviewers: values.reviewers.trim(),
    noDiscrimination: values.noDiscrimination,
    clauses: values.noDiscrimination
      ? []
      : values.clauses.map((clause) => {
          if (!clause.category) throw new Error('toReviewRequest needs validated values (a clause has no category)');
          return {
            text: clause.text.trim(),
            category: clause.category,
            recommendation: clause.recommendation.trim(),
            followUp: clause.followUp.trim() || null,
          };
        }),
  };
}

const indexedClause = /(?:^|\.)clauses\[(\d+)\](?:\.(\w+))?$/;
const wholeList = /(?:^|\.)clauses(?:\.\w+)?$/;

/**
 * Where a server error belongs in the form: "clauses[1].text" beside the second clause's text,
 * "clauses[1]" on that clause, "clauses" (or a clause path without its index) on the list, a known
 * top field beside it; null for anything else (shown above the buttons).
 */
export function reviewErrorPath(field: string, clauseCount: number): string | null {
  const clause = indexedClause.exec(field);
  if (clause) {
    const index = Number(clause[1]);
    if (index >= clauseCount) return 'clauses';
    const name = clause[2] as ClauseField | undefined;
    return name && clauseFields.includes(name) ? clausePath(index, name) : clausePath(index);
  }
  if (wholeList.test(field)) return 'clauses';
  const last = field.split('.').pop() ?? field;
  return (topFields as readonly string[]).includes(last) ? last : null;
}

/** After clause `removed` is taken out, its errors go and the later clauses' errors move up one place. */
export function reindexAfterRemoval(errors: ReviewErrors, removed: number): ReviewErrors {
  const next: ReviewErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^clauses\[(\d+)\](.*)$/.exec(path);
    if (!match) {
      next[path] = message;
      continue;
    }
    const index = Number(match[1]);
    if (index === removed) continue;
    next[index > removed ? `clauses[${index - 1}]${match[2]}` : path] = message;
  }
  return next;
}
