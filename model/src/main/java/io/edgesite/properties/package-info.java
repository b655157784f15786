/**
 * The declared table of site properties: for each value of a site its path (the one vocabulary of answers
 * files, findings and wizard fields), its kind, label and help, its choices, and its user-data key from the
 * schema. Answers files, the parser's source map and the wizard's form are derived from it. Data only.
 */
package io.edgesite.properties;
