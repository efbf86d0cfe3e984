#pragma once
// A value or an error, for calls that can fail without throwing across threads or slots.
// std::expected is C++23; this is the small subset the backend needs.
#include <utility>
#include <variant>

namespace hawan {

template <typename T, typename E>
class Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    const E &error() const { return std::get<1>(m_v); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, E> m_v;
};

} // namespace hawan
