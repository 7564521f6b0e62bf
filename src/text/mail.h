/*
 * mail.h -- e-mail conventions that end a sentence without punctuation.
 *
 * A sign-off phrase and its comma close the message body's last sentence
 * and are a sentence of their own before the sender's name: "Best
 * regards, Dana Whitfield".  In UD English (EWT) the comma ends the
 * sentence in 54 of 62 same-paragraph cases; the exceptions are a thank-you
 * addressed to someone ("Thanks, Kim.", "Thanks, I know you are busy"),
 * which the test below leaves alone.  The date-and-time stamp of a mail
 * header is another.  The rules pass and the perceptron both use these:
 * such boundaries are firm (split_model.h).
 *
 * No state, no errors, no allocation.
 */
#ifndef EW_TEXT_MAIL_H
#define EW_TEXT_MAIL_H

#include <stddef.h>

#include "text/tokenize.h"

/* Is token i the comma of a sign-off ("Regards ," "Thank you ,") that
 * opens a sentence (first tokens of the text or of a line, or after a
 * sentence-final mark) and is followed by a name -- a capitalised word
 * other than "I", not itself closed by a terminator ("Thanks, Kim.")? */
int ew_text_signoff_end(const ew_text_tok *t, size_t n, size_t i);

/* Is token i the end of a mail header's date and time ("02/13/2001 08:02
 * PM", "02/13/01 08:02PM", "04/25/01 12:42:55" before a capital) with
 * more text after it on the line?  In EWT such a stamp ends a sentence
 * 148 times out of 148. */
int ew_text_stamp_end(const ew_text_tok *t, size_t n, size_t i);

#endif
