// Package rules evaluates a scheme (weights, grade rules, quotas, commendations)
// against a model.Dataset and returns decisions with reasons. It is pure: no
// files, no clock, exact arithmetic.
package rules

// Scheme is the evaluation scheme, the `scheme:` section of the batch config.
// Placeholder: the rules engine defines its fields.
type Scheme struct{}
