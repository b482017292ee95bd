#!/usr/bin/env bash
# The vendored gopdf (third_party/gopdf) is upstream gopdf from the Go module
# cache, without the paths in EXCLUDE, plus the patches in this folder applied
# in file-name order. This script builds that tree, checks it, and turns
# edits back into patches. Needs bash, git and go ($GO if set). See PATCHES.md.
#
#   series.sh check            vendored tree == upstream + series (make test)
#   series.sh apply [-f]       rebuild third_party/gopdf from upstream + series
#   series.sh new NAME         edits of the vendored tree not yet in a patch
#                              become a new last patch NNNN-NAME.patch
#   series.sh refresh PATCH    rewrite PATCH from the vendored tree (edited in
#                              place; the later patches must still apply)
#   series.sh edit DIR         a git repo in DIR: upstream, one commit per patch
#   series.sh export DIR       the commits of DIR back into patch files
set -euo pipefail
export LC_ALL=C

MODULE=github.com/signintech/gopdf
VERSION=v0.33.0
# h1: hash of the module zip (go mod download -json): the bytes the series
# applies to. The root go.sum has no line for gopdf, which is replaced.
SUM=h1:VanhSnrO03H9roKp4y4ckVmTmezxk8OzSJL/Sx1WlNg=
# Upstream paths not vendored (PATCHES.md says why).
EXCLUDE=(.github debug examples/mask-image/mask-image.pdf)

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
vendored=$root/third_party/gopdf

# tgit: git for the repositories this script makes, without the user's
# configuration (autocrlf, diff or apply settings would change the bytes).
tgit() { GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git "$@"; }

die() { echo "series.sh: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gopdf-patches.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

patches() { (cd "$here" && ls -1 -- [0-9][0-9][0-9][0-9]-*.patch 2>/dev/null || true); }

# upstream prints the module cache directory of upstream gopdf, downloading
# it if needed, and checks that it is the expected module zip.
upstream() {
	local json dir sum
	# Outside any module, so that the root go.mod's replace plays no part.
	json=$(cd "$tmp" && GOFLAGS= GOWORK=off "${GO:-go}" mod download -json "$MODULE@$VERSION") ||
		die "go mod download $MODULE@$VERSION failed"
	dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p' <<<"$json")
	sum=$(sed -n 's/^[[:space:]]*"Sum": "\(.*\)",*$/\1/p' <<<"$json")
	[ "$sum" = "$SUM" ] || die "$MODULE@$VERSION has hash $sum, expected $SUM"
	[ -d "$dir" ] || die "no module directory for $MODULE@$VERSION"
	echo "$dir"
}

# copy_upstream DEST: upstream without EXCLUDE, writable.
copy_upstream() {
	local dest=$1 src
	src=$(upstream) || exit 1
	mkdir -p "$dest"
	cp -R "$src/." "$dest/"
	chmod -R u+w "$dest"
	local p
	for p in "${EXCLUDE[@]}"; do rm -rf "${dest:?}/$p"; done
}

# apply_patch DIR PATCH [git-apply options]: applies exactly (no fuzz); DIR
# is made its own repository top so that git apply works relative to it.
apply_patch() {
	local dir=$1 patch=$2
	shift 2
	[ -d "$dir/.git" ] || tgit init -q "$dir"
	(cd "$dir" && tgit apply --whitespace=nowarn "$@" "$patch") ||
		die "$(basename "$patch") does not apply"
}

# build DEST [N]: upstream plus the first N patches (all by default).
build() {
	local dest=$1 n=${2:-}
	local i=0 p
	copy_upstream "$dest"
	for p in $(patches); do
		if [ -n "$n" ] && [ "$i" -ge "$n" ]; then break; fi
		apply_patch "$dest" "$here/$p"
		i=$((i + 1))
	done
	rm -rf "$dest/.git"
}

# vendored_files: the files of the vendored tree that are not build output:
# tracked or untracked but not ignored (upstream's tests write PDFs into the
# tree, which its .gitignore ignores).
vendored_files() {
	git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
		die "$root is not a git work tree: cannot tell sources from test output"
	git -C "$root" -c core.quotepath=off ls-files -co --exclude-standard -- third_party/gopdf |
		sed 's,^third_party/gopdf/,,' | sort -u |
		while IFS= read -r f; do [ ! -e "$vendored/$f" ] || echo "$f"; done # not deleted
}

# copy_vendored DEST: a copy of the vendored tree's source files.
copy_vendored() {
	local dest=$1 f
	mkdir -p "$dest"
	while IFS= read -r f; do
		mkdir -p "$dest/$(dirname "$f")"
		cp "$vendored/$f" "$dest/$f"
	done < <(vendored_files)
}

# treediff BASE TARGET: the patch from BASE to TARGET, in a fixed format.
treediff() {
	local base=$1 target=$2 repo=$tmp/diff.$RANDOM t1 t2
	tgit init -q "$repo"
	cp -R "$base/." "$repo/"
	t1=$(cd "$repo" && tgit add -A -f && tgit write-tree)
	find "$repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
	cp -R "$target/." "$repo/"
	t2=$(cd "$repo" && tgit add -A -f && tgit write-tree)
	tgit -C "$repo" diff-tree -p --binary --full-index --no-renames "$t1" "$t2"
	rm -rf "$repo"
}

# header PATCH: the text before the diff, trailing blank lines removed.
header() {
	awk '/^diff --git /{exit} {print}' "$1" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# write_patch FILE HEADER-FILE DIFF-FILE
write_patch() {
	{
		cat "$2"
		echo
		cat "$3"
	} >"$1"
}

placeholder='TODO: what it changes and why; files; tests (the text before the diff is the description).'

# check_headers: every patch has a description and is listed in PATCHES.md.
check_headers() {
	local p bad=0
	for p in $(patches); do
		if [ -z "$(header "$here/$p" | tr -d '[:space:]')" ]; then
			echo "$p: no description before the diff" >&2
			bad=1
		fi
		if header "$here/$p" | grep -qF "$placeholder"; then
			echo "$p: the description is still the placeholder" >&2
			bad=1
		fi
		if header "$here/$p" | grep -qE '^(--- |\+\+\+ |diff |Index: )'; then
			echo "$p: a description line looks like a diff line" >&2
			bad=1
		fi
		if ! grep -qF -- "$p" "$here/PATCHES.md"; then
			echo "$p: not listed in PATCHES.md" >&2
			bad=1
		fi
	done
	return $bad
}

cmd_check() {
	local bad=0 f
	grep -qE "^[[:space:]]*$MODULE $VERSION\$" "$root/go.mod" ||
		{ echo "go.mod does not require $MODULE $VERSION" >&2; bad=1; }
	check_headers || bad=1
	build "$tmp/series"
	(cd "$tmp/series" && find . -type f | sed 's,^\./,,' | sort) >"$tmp/series.list"
	vendored_files >"$tmp/vendored.list"
	while IFS= read -r f; do
		echo "only in third_party/gopdf (not in any patch): $f" >&2
		bad=1
	done < <(comm -13 "$tmp/series.list" "$tmp/vendored.list")
	while IFS= read -r f; do
		echo "missing from third_party/gopdf: $f" >&2
		bad=1
	done < <(comm -23 "$tmp/series.list" "$tmp/vendored.list")
	while IFS= read -r f; do
		if [ ! -f "$vendored/$f" ]; then
			echo "missing from third_party/gopdf: $f" >&2
			bad=1
		elif ! cmp -s "$tmp/series/$f" "$vendored/$f"; then
			echo "differs from upstream + series: third_party/gopdf/$f" >&2
			diff -u "$tmp/series/$f" "$vendored/$f" | head -40 >&2 || true
			bad=1
		fi
	done < <(comm -12 "$tmp/series.list" "$tmp/vendored.list")
	if [ $bad -ne 0 ]; then
		echo "series.sh: third_party/gopdf is not $MODULE@$VERSION + the series (see third_party/gopdf-patches/PATCHES.md)" >&2
		exit 1
	fi
	echo "third_party/gopdf = $MODULE@$VERSION + $(patches | wc -l) patches"
}

cmd_apply() {
	if [ "${1:-}" != -f ] && [ -n "$(git -C "$root" status --porcelain -- third_party/gopdf 2>/dev/null)" ]; then
		die "third_party/gopdf has uncommitted changes; commit them, turn them into a patch (new/refresh) or use apply -f"
	fi
	build "$tmp/series"
	rm -rf "$vendored"
	cp -R "$tmp/series" "$vendored"
	echo "third_party/gopdf rebuilt: $MODULE@$VERSION + $(patches | wc -l) patches"
}

cmd_new() {
	local name=${1:-} last n file
	[[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || die "usage: series.sh new NAME (e.g. X-text-extraction)"
	last=$(patches | tail -n 1)
	n=1
	[ -z "$last" ] || n=$((10#${last:0:4} + 1))
	file=$(printf '%04d-%s.patch' "$n" "$name")
	build "$tmp/series"
	copy_vendored "$tmp/vendored"
	treediff "$tmp/series" "$tmp/vendored" >"$tmp/diff"
	[ -s "$tmp/diff" ] || die "third_party/gopdf has no changes beyond the series"
	printf 'Patch %s — TITLE\n\n%s\n' "$name" "$placeholder" >"$tmp/header"
	write_patch "$here/$file" "$tmp/header" "$tmp/diff"
	echo "wrote third_party/gopdf-patches/$file: write its description (the text before the diff) and list it in PATCHES.md"
}

cmd_refresh() {
	local target=${1:-} all i=0 idx=-1 p
	target=$(basename -- "$target")
	[ -f "$here/$target" ] || die "usage: series.sh refresh NNNN-NAME.patch"
	mapfile -t all < <(patches)
	for p in "${all[@]}"; do
		[ "$p" = "$target" ] && idx=$i
		i=$((i + 1))
	done
	[ "$idx" -ge 0 ] || die "$target is not in the series"
	build "$tmp/base" "$idx"
	copy_vendored "$tmp/vendored"
	# Take the later patches off the edited tree, last first.
	for ((i = ${#all[@]} - 1; i > idx; i--)); do
		apply_patch "$tmp/vendored" "$here/${all[$i]}" -R
	done
	rm -rf "$tmp/vendored/.git"
	treediff "$tmp/base" "$tmp/vendored" >"$tmp/diff"
	header "$here/$target" >"$tmp/header"
	write_patch "$here/$target" "$tmp/header" "$tmp/diff"
	echo "refreshed $target"
	cmd_check
}

cmd_edit() {
	local dir=${1:-} p msg
	[ -n "$dir" ] || die "usage: series.sh edit DIR"
	[ ! -e "$dir" ] || die "$dir exists"
	tgit init -q "$dir"
	tgit -C "$dir" config user.name gopdf-patches
	tgit -C "$dir" config user.email gopdf-patches@localhost
	tgit -C "$dir" config core.autocrlf false
	copy_upstream "$dir"
	(cd "$dir" && tgit add -A -f && tgit commit -q -m "upstream $MODULE@$VERSION" && tgit tag upstream)
	for p in $(patches); do
		apply_patch "$dir" "$here/$p" --index
		{
			header "$here/$p"
			printf '\nPatch: %s\n' "$(sed 's/^[0-9]*-//; s/\.patch$//' <<<"$p")"
		} >"$tmp/msg"
		tgit -C "$dir" commit -q --cleanup=verbatim -F "$tmp/msg"
	done
	echo "$dir: tag upstream, then one commit per patch (message = description + a Patch: NAME line)."
	echo "Change them with git (rebase -i, commit --amend, new commits), then: series.sh export $dir"
}

cmd_export() {
	local dir=${1:-} i=0 c name file
	[ -n "$dir" ] && [ -d "$dir/.git" ] || die "usage: series.sh export DIR (made by series.sh edit)"
	[ -z "$(tgit -C "$dir" status --porcelain --untracked-files=no)" ] || die "$dir has uncommitted changes"
	mkdir -p "$tmp/out"
	for c in $(tgit -C "$dir" rev-list --reverse upstream..HEAD); do
		i=$((i + 1))
		tgit -C "$dir" log -1 --format=%B "$c" >"$tmp/msg"
		name=$(sed -n 's/^Patch: *//p' "$tmp/msg" | tail -n 1)
		if [ -z "$name" ]; then
			name=$(head -n 1 "$tmp/msg" | tr -cs 'A-Za-z0-9' '-' | sed 's/^-*//; s/-*$//' | cut -c1-40)
		fi
		grep -v '^Patch: ' "$tmp/msg" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$tmp/header"
		tgit -C "$dir" diff-tree -p --binary --full-index --no-renames "$c^" "$c" >"$tmp/diff"
		file=$(printf '%04d-%s.patch' "$i" "$name")
		write_patch "$tmp/out/$file" "$tmp/header" "$tmp/diff"
	done
	[ "$i" -gt 0 ] || die "$dir has no commits after the tag upstream"
	(cd "$here" && rm -f -- [0-9][0-9][0-9][0-9]-*.patch)
	cp "$tmp/out/"*.patch "$here/"
	echo "exported $i patches; now: series.sh apply -f (rebuild third_party/gopdf), update PATCHES.md"
}

case "${1:-}" in
check) cmd_check ;;
apply) cmd_apply "${2:-}" ;;
new) cmd_new "${2:-}" ;;
refresh) cmd_refresh "${2:-}" ;;
edit) cmd_edit "${2:-}" ;;
export) cmd_export "${2:-}" ;;
*) sed -n '2,14p' "$0" >&2; exit 2 ;;
esac
