/** Reading articles from text, HTML and JSON Lines inputs: decoding, layout, ids and per-input rejections. */
package org.dossier.ingest;
