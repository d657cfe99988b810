// Shared checks for the QML tests.
.pragma library

// Every visible control under root (buttons, fields, switches, check boxes) has an accessible
// name; returns the objectNames (or texts) of those that do not. nameOf(item) reads the name
// (item.Accessible.name: the attached property is only known where QtQuick is imported).
function controlsWithoutName(root, nameOf) {
    const missing = [];
    const visit = item => {
        if (!item || item.visible === false)
            return;
        const isControl = item.hasOwnProperty("checkable") || item.hasOwnProperty("echoMode")
                          || item.hasOwnProperty("placeholderText");
        if (isControl && item.enabled !== undefined && item.width > 0 && item.height > 0) {
            const name = nameOf(item);
            if (!name || name.length === 0)
                missing.push(item.objectName || item.text || String(item));
        }
        const children = item.children || [];
        for (let i = 0; i < children.length; ++i)
            visit(children[i]);
    };
    visit(root);
    return missing;
}
