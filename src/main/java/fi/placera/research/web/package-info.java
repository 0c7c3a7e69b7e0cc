/** The study administration, extract and disclosure pages. */
package fi.placera.research.web;
