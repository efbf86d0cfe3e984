#pragma once
// The topology's sizes at zoom 1, shared by its layout (topologyview.cpp) and its painting
// (topologypaint.cpp).

namespace hawan::widgets::topology {
constexpr double kMargin = 16, kSitePad = 12, kSiteHeader = 58, kCardPad = 10, kCardGap = 10;
constexpr double kOpenedHeader = 44, kTileW = 220, kTileH = 118, kTileGap = 40;
constexpr double kChipH = 24, kChipGap = 6, kChipMaxW = 190, kWanGap = 170, kSiteGap = 60;
} // namespace hawan::widgets::topology
