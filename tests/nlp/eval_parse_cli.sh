#!/bin/sh
# eventwatch eval-parse and train: output shape, --json, usage and error
# exits, on an invented two-sentence CoNLL-U file with the committed models.
BIN=${EW_BIN:-build/eventwatch}
ROOT=${EW_ROOT:-.}
GOLD=$ROOT/tests/nlp/fixtures/tiny.conllu
[ -f "$ROOT/models/tagger.bin" ] || { echo "no committed models"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

out=$("$BIN" eval-parse --models "$ROOT/models" --gold "$GOLD") || fail "eval-parse exit $?"
echo "$out"
for k in sentences tokens UPOS XPOS lemma UAS LAS "tag+lemma"; do
    echo "$out" | grep -q "^$k " || fail "no '$k' line"
done
echo "$out" | grep -q "^sentences  2$" || fail "expected 2 sentences"
echo "$out" | grep -q "^tokens     10$" || fail "expected 10 tokens"
# these plain words must all be tagged right
echo "$out" | grep -q "^UPOS       100.00$" || fail "UPOS on the invented sentences"

json=$("$BIN" eval-parse --json --models "$ROOT/models" --gold "$GOLD") || fail "json exit"
echo "$json"
for k in sentences tokens upos xpos lemma uas las tokens_per_s sentences_per_s; do
    echo "$json" | grep -q "\"$k\":" || fail "no $k in JSON"
done

"$BIN" eval-parse >/dev/null 2>&1; [ $? -eq 2 ] || fail "no --gold must be a usage error (2)"
"$BIN" eval-parse --gold /nonexistent.conllu 2>/dev/null; [ $? -eq 1 ] || fail "missing gold must exit 1"
err=$("$BIN" eval-parse --models /nonexistent-models --gold "$GOLD" 2>&1); [ $? -eq 1 ] || fail "missing models must exit 1"
echo "$err" | grep -q "/nonexistent-models/tagger.bin" || fail "message must name the model file"
"$BIN" train >/dev/null 2>&1; [ $? -eq 2 ] || fail "train without a model name must be a usage error"
"$BIN" train postagger >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown model must be a usage error"
"$BIN" train tagger --ud /nonexistent-ud --out /tmp 2>/dev/null; [ $? -eq 1 ] || fail "missing UD dir must exit 1"
echo ok
