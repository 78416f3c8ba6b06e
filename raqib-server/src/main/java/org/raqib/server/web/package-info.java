/**
 * The shell every page stands in: languages and direction, the layout, the home page, error pages,
 * the API's problem details and its documentation.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.web;
