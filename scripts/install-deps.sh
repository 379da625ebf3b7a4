#!/usr/bin/env bash
# Installs what rolekit needs to build, from Debian's packages only; with
# --test also what the whole test suite uses (a browser for the HTML test,
# jsonschema for SARIF), with --fuzz clang and libFuzzer (docs/fuzzing.md).
# Skips apt entirely when everything is already there.
set -euo pipefail

packages=(
  cmake g++ ninja-build pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
  nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev uuid-dev libxxhash-dev
  libzip-dev libpugixml-dev libxlsxwriter-dev
  python3 python3-yaml
)
if [ "${1:-}" = "--test" ]; then
  # The shells and groff check the completion scripts and the man page; git
  # the revision-diff workflow.
  packages+=(python3-jsonschema chromium fonts-dejavu-core time cmark-gfm zsh fish groff-base git)
  # DOCX: python-docx and LibreOffice open what rolekit writes; PDF: the
  # second engine; poppler-utils reads what the engines and LibreOffice print.
  packages+=(python3-docx libreoffice-writer-nogui weasyprint poppler-utils)
  # XLSX: openpyxl and LibreOffice Calc read what rolekit writes.
  packages+=(python3-openpyxl libreoffice-calc-nogui)
  # The pre-commit hook, run offline on a throwaway repository.
  packages+=(pre-commit)
elif [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
