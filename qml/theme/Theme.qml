pragma Singleton
import QtQuick
import Linnet.Core

// Design tokens: spacing, radii, type scale and colours for the light and dark schemes.
// The scheme comes from Appearance: the platform's, unless --theme light|dark forces one.
QtObject {
    readonly property bool dark: Appearance.dark

    // Spacing (4 px grid) and radii
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int radiusS: 6
    readonly property int radiusM: 10
    readonly property int radiusL: 16
    readonly property int radiusBubble: 16

    // Type scale (pixels)
    readonly property int fontCaption: 11
    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 15
    readonly property int fontHeading: 20
    readonly property int fontDisplay: 26

    // Layout
    readonly property int sidebarWidth: 300
    readonly property int headerHeight: 64
    readonly property int bubbleMaxWidth: 560

    // Brand and accent
    readonly property color accent: dark ? "#7C95FF" : "#3D5FD9"
    readonly property color accentStrong: dark ? "#4A66D8" : "#3D5FD9"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color brandBreast: "#D9434E"

    // Surfaces
    readonly property color background: dark ? "#16181D" : "#FFFFFF"
    readonly property color chatBackground: dark ? "#131519" : "#F7F8FA"
    readonly property color sidebar: dark ? "#1D2026" : "#F1F3F6"
    readonly property color surface: dark ? "#23262E" : "#FFFFFF"
    readonly property color surfaceRaised: dark ? "#2A2E37" : "#FFFFFF"
    readonly property color field: dark ? "#262A32" : "#E7EAEF"
    readonly property color divider: dark ? "#2C3038" : "#E1E4EA"
    readonly property color hover: dark ? "#262A32" : "#E6E9EE"
    readonly property color selected: dark ? "#2C3558" : "#DCE4FB"
    readonly property color focusRing: accent

    // Text
    readonly property color textPrimary: dark ? "#E9EBEF" : "#181B21"
    readonly property color textSecondary: dark ? "#A4AAB5" : "#5A616D"
    readonly property color textTertiary: dark ? "#757C88" : "#8B919C"

    // Bubbles
    readonly property color bubbleIncoming: dark ? "#262A33" : "#FFFFFF"
    readonly property color bubbleIncomingBorder: dark ? "#262A33" : "#E3E6EB"
    readonly property color bubbleOutgoing: accentStrong
    readonly property color bubbleOutgoingText: "#FFFFFF"
    readonly property color bubbleOutgoingMeta: "#D5DDFF"

    // Status
    readonly property color danger: dark ? "#FF6B6E" : "#C9353C"
    readonly property color dangerSurface: dark ? "#3A2226" : "#FDECEC"
    readonly property color warning: dark ? "#F2B84B" : "#8A5A00"
    readonly property color warningSurface: dark ? "#3A3020" : "#FFF4DB"
    readonly property color success: dark ? "#4CC38A" : "#1F8A5B"

    // Presence
    readonly property color presenceOnline: "#2FB36F"
    readonly property color presenceAway: "#F2A516"
    readonly property color presenceDnd: "#E5484D"
    readonly property color presenceXa: "#B7692F"
    readonly property color presenceOffline: dark ? "#6B717C" : "#A2A8B1"

    function presenceColor(availability: int): color {
        switch (availability) {
        case Presence.Online: return presenceOnline;
        case Presence.Away: return presenceAway;
        case Presence.DoNotDisturb: return presenceDnd;
        case Presence.ExtendedAway: return presenceXa;
        }
        return presenceOffline;
    }
}
