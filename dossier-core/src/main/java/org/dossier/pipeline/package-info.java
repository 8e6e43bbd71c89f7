/** The one place where the stages are wired in order, with per-article failures recorded as issues. */
package org.dossier.pipeline;
