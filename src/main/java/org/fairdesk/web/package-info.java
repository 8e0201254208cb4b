/**
 * Web: the layout every page shares, the home page, and how errors are shown (pages) and answered (API).
 */
@NullMarked
package org.fairdesk.web;

import org.jspecify.annotations.NullMarked;
