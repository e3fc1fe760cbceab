/**
 * The "Ketamine explainer" block in the editor: plain JS on the editor's own wp.* globals (no
 * build step). The block is dynamic (saved as its attributes only; the server writes the widget
 * when the page is shown), so changing Settings → Ketamine explainer updates every page. Its
 * sidebar can change any setting for this block; empty means "the site's setting".
 */
( function ( wp, fields ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var Placeholder = wp.components.Placeholder;

	/** One setting's control: a list for choices and yes/no, else a text box. */
	function control( field, attributes, setAttributes ) {
		var change = function ( value ) {
			var next = {};
			next[ field.name ] = value;
			setAttributes( next );
		};
		if ( field.options ) {
			var options = [ { value: '', label: __( "The site's setting", 'ketamine-explainer' ) } ];
			Object.keys( field.options ).forEach( function ( value ) {
				options.push( { value: value, label: field.options[ value ] } );
			} );
			return el( SelectControl, { key: field.name, label: field.label, value: attributes[ field.name ], options: options, onChange: change } );
		}
		return el( TextControl, { key: field.name, label: field.label, value: attributes[ field.name ], onChange: change } );
	}

	wp.blocks.registerBlockType( 'ketamine-explainer/explainer', {
		edit: function ( props ) {
			var controls = fields.map( function ( field ) {
				return control( field, props.attributes, props.setAttributes );
			} );
			return el(
				'div',
				useBlockProps(),
				el( InspectorControls, null, el( PanelBody, { title: __( 'This explainer', 'ketamine-explainer' ) }, controls ) ),
				el( Placeholder, {
					icon: 'welcome-learn-more',
					label: __( 'Ketamine explainer', 'ketamine-explainer' ),
					instructions: __( 'The interactive explainer shows here on the published page. Your clinic\'s details come from Settings → Ketamine explainer; the block\'s sidebar can change them for this page.', 'ketamine-explainer' ),
				} )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.ketamineExplainerFields );
