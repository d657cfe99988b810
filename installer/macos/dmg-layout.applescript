-- The DMG's Finder window: Linnet.app on the left, the Applications link on the right, over
-- dmg-background.png (660x400, an arrow between the two). CPack (CPACK_DMG_DS_STORE_SETUP_SCRIPT)
-- runs it with the mounted volume's name while it builds the image; Finder writes .DS_Store.
on run argv
    set volumeName to item 1 of argv
    tell application "Finder"
        tell disk volumeName
            open
            set current view of container window to icon view
            set toolbar visible of container window to false
            set statusbar visible of container window to false
            -- left, top, right, bottom: 660x400 of content plus the title bar
            set the bounds of container window to {200, 120, 860, 548}
            set viewOptions to the icon view options of container window
            set arrangement of viewOptions to not arranged
            set icon size of viewOptions to 128
            set text size of viewOptions to 13
            set background picture of viewOptions to file ".background:background.png"
            set position of item "Linnet.app" of container window to {170, 190}
            set position of item "Applications" of container window to {490, 190}
            close
            open
            update without registering applications
            delay 2
            close
        end tell
    end tell
end run
