#pragma once
// Where a value came from. Every parsed value keeps one so that findings can
// point at the exact place a user has to edit.

#include <string>
#include <utility>

namespace rolekit {

// 1-based line and column (column counted in bytes, like compilers do).
// line == 0 means "no position" (e.g. a value synthesised by merge).
struct Position {
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }
    friend bool operator==(const Position&, const Position&) = default;
};

// A value together with the place it was written.
template <class T>
struct Located {
    T value{};
    Position pos{};

    Located() = default;
    Located(T v, Position p = {}) : value(std::move(v)), pos(p) {}
    const T& operator*() const { return value; }
    const T* operator->() const { return &value; }
};

using Text = Located<std::string>;

}  // namespace rolekit
