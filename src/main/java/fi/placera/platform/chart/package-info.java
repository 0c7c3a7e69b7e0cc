/** The bar chart that the pages and the PDFs draw alike: one geometry, one SVG fragment, one PDF drawing. */
package fi.placera.platform.chart;
