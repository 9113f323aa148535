#!/usr/bin/env bash
# What the four languages beyond English add to the release bundle: the quiz
# is built twice the way the release is (wasm-bindgen, wasm-opt -Oz), once
# with every language and once with English alone, and the gzipped sizes of
# the WebAssembly and its JavaScript are compared.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/language-cost
rm -rf "$out" && mkdir -p "$out"

build() { # name, cargo feature flags...
  local name=$1
  shift
  cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin gut-skin-check "$@"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$name" \
    target/wasm32-unknown-unknown/release/gut-skin-check.wasm
  wasm-opt -Oz --all-features "$out/$name/gut-skin-check_bg.wasm" -o "$out/$name/gut-skin-check_bg.wasm"
  cat "$out/$name/gut-skin-check_bg.wasm" "$out/$name/gut-skin-check.js" | gzip -9 | wc -c
}

all=$(build all)
english=$(build english --features english-only)
extra=$((all - english))
echo "release bundle (wasm + js, gzip -9): ${all} bytes with 5 languages, ${english} with English alone"
echo "the 4 extra languages: ${extra} bytes gzipped, $((extra / 4)) bytes each on average"
