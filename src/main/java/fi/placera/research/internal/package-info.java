/** Studies, keys, pseudonyms, extracts and the disclosure trail in PostgreSQL and files. */
package fi.placera.research.internal;
