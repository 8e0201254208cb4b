/**
 * Web: the layout every page shares, the home page, how API bodies and request parameters are read, and how errors
 * are shown (pages) and answered (API).
 */
@NullMarked
package org.fairdesk.web;

import org.jspecify.annotations.NullMarked;
