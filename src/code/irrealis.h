/*
 * irrealis.h -- is a verb's act asserted as having happened?
 *
 * CAMEO codes events that took place.  "Velmora did not attack Kastria",
 * "Velmora would attack Kastria", "if Velmora attacks Kastria" and "whether
 * Velmora should attack" report no attack; PETRARCH-1 codes all of them,
 * since it reads only words in patterns.  On a dependency tree the verb's
 * own dependents say so: a negation adverb (not, n't, never; but not "not
 * only"), a hypothetical or deontic modal auxiliary (would, could, might,
 * should, must; can, except on a speech verb: "I can confirm"), or a conditional marker (if, unless, whether).  An
 * xcomp inherits them from the verb it completes ("did not try to attack").
 * "will" and "may" are left alone: announced intentions and expected
 * consequences stay coded as PETRARCH does.  History retold is no event of
 * the day either: a verb with a time phrase naming a year before the
 * sentence's ("invaded Kastria in 1993" in a story of 2006; not "since
 * 1996") is "historical" -- the event would carry the story's date.
 * The year of a clause dates the clauses inside it (xcomp, advcl, conj)
 * and a simple-past relative clause on one of its nouns ("sent envoys to
 * Kastria in 1993, where Dunholt attacked ..."), unless the inner clause
 * names a day of its own ("on Monday", "yesterday").
 * What an accusation, report, plan, fear, demand or offer says is not an
 * act either ("content"), nor what a decision, call, appeal, order, deal,
 * bid, effort, campaign, vote or right is about ("the decision to
 * withdraw", "in favour of Canada giving refugee status"): "accusations that he intended to attack",
 * "plans to invade", "reports that troops had entered" -- a clause opened
 * by that/to/of/whether on such a noun, or right after it when our parser
 * hangs the clause on the verb; the noun's own verb ("denied the reports")
 * is the event.
 * Background and habit are no act of the day: an adverb of habit
 * ("often", "routinely", "traditionally"), "previously", "in the past", "last year",
 * "two years ago", or a year after between/until/before on the verb.
 * Wanting, hoping, planning or seeking an act ("wanted to allow", the
 * xcomp of want/wish/hope/intend/plan/aim/seek) and being "capable of"
 * it are no act either; the wish is coded by its own patterns.  So is
 * what someone is allowed, permitted or authorized to do ("the ruling
 * will allow them to adopt", also when our parser hangs the infinitive
 * on the object).  Trees from Penn input have no lemmas: verb lists are
 * matched on the form with a regular ending taken off.
 * A failure is no act: the infinitive of "failed to", "unable to",
 * "unwilling to".  What others foresee has not happened, and its subject
 * said nothing: "is expected to attend", "a million people expected to
 * attend", "is likely to delay", "is due to meet", "is scheduled to",
 * "it is predicted (expected, feared, rumoured) that ...".
 * What a denial denies ("denied that its troops
 * attacked") and what a negative subject does ("nobody denies", "no
 * police attacked") did not happen either.  A direct question asks, it
 * does not report: the clause a sentence-final "?" closes, when it opens
 * with a wh-word or an auxiliary before its subject ("Did they attack
 * ...?", "Is the government planning to ...?"); the speaker of a quoted
 * question ("she said, 'Why should ...?'") still made a statement.
 *
 * A pattern that itself spells out words before the verb ("- NOT * [013]",
 * "- WILL NOT * [081]") has taken the negation or modal into account: the
 * caller skips this test for such patterns (code/verbs.c).
 *
 * Errors: none.  Memory: none; the returned reason is a static string.
 */
#ifndef EW_CODE_IRREALIS_H
#define EW_CODE_IRREALIS_H

#include "code/view.h"

/* The reason the verb at token `tok`, coded `code` (CAMEO, may be NULL), is
 * not asserted ("negated", "hypothetical", "conditional", "historical",
 * "content", "habitual", "denied", "question"),
 * or NULL when it is, or when the sentence has no dependency tree.  An
 * "if"/"unless" clause hung on the verb makes only a material act (roots
 * 06-09, 14-20) conditional: a warning or demand with a condition was
 * still made. */
const char *ew_code_irrealis(const ew_cview *v, int tok, const char *code);

#endif
