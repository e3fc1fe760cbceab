<?php
/**
 * Uninstalling removes the plugin's one option: it stores nothing else.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ketamine_explainer' );
