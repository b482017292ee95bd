package pdf

import _ "embed"

// sRGB is the output intent of every PDF/A file (PDF/A wants an ICC profile
// for the device colours the pages use): sRGB-v4.icc from Compact-ICC-Profiles
// (github.com/saucecontrol/Compact-ICC-Profiles, profiles/sRGB-v4.icc, git
// blob d9f3c055; released under CC0 1.0, no conditions). It is a 480-byte
// ICC v4.2 display profile: the sRGB primaries as the ICC's sRGB profile
// specification derives them, adapted to D50 with Bradford (recorded in
// 'chad'), and the sRGB transfer function as a parametric curve. PDF/A-2
// accepts ICC v4 (ISO 19005-2 refers to ICC.1:2004-10).
//
// pingyou used to compute a profile of the same form from the definition of
// sRGB (239 lines of colour arithmetic for 528 bytes); a published profile,
// which anyone can compare with its source by its hash, does the same with no
// code. TestSRGBProfile pins the hash and checks the colours against
// LittleCMS's built-in sRGB.
//
//go:embed sRGB-v4.icc
var sRGB []byte
