/*
 * date.h -- the calendar arithmetic that storage and analysis share:
 * YYYYMMDD integers (the form GDELT's SQLDATE uses) <-> day numbers, ISO
 * weeks, and parsing of the date strings found in inputs.
 *
 * Pure functions, no allocation, no locale, proleptic Gregorian calendar.
 */
#ifndef EW_STORE_DATE_H
#define EW_STORE_DATE_H

#include <stdint.h>

/* Days since 1970-01-01 of a valid YYYYMMDD date. */
long ew_date_days(int32_t ymd);
/* Inverse of ew_date_days. */
int32_t ew_date_from_days(long days);
/* 1 if ymd is a real calendar date between 1800 and 2200. */
int ew_date_valid(int32_t ymd);
/* The Monday that starts the ISO week containing ymd. */
int32_t ew_date_week_start(int32_t ymd);
/* Parses "YYYY-MM-DD", "YYYYMMDD", or an ISO 8601 timestamp starting with
 * a date ("2025-03-01T10:00:00Z").  Returns the YYYYMMDD value, or 0 when
 * the string is not a valid date. */
int32_t ew_date_parse(const char *s);
/* Parses an RFC 822 date as RSS uses it ("Sat, 01 Mar 2025 10:00:00 GMT");
 * 0 when invalid. */
int32_t ew_date_parse_rfc822(const char *s);

#endif
